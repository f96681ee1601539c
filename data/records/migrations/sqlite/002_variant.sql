ALTER TABLE records ADD COLUMN variant TEXT NOT NULL DEFAULT '';
DROP INDEX records_key;
CREATE INDEX records_key ON records (place, insurance, status, variant, band_min, band_max, month, centre, amount_fen, week);
