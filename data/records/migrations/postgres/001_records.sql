CREATE TABLE records (
	id           TEXT PRIMARY KEY,
	centre       TEXT NOT NULL,
	desk         TEXT NOT NULL,
	consultation TEXT NOT NULL UNIQUE,
	place        TEXT NOT NULL,
	insurance    TEXT NOT NULL,
	status       TEXT NOT NULL,
	band_min     INTEGER NOT NULL,
	band_max     INTEGER NOT NULL,
	amount_fen   BIGINT NOT NULL,
	month        TEXT NOT NULL,
	channel      TEXT NOT NULL,
	week         TEXT NOT NULL
);
CREATE INDEX records_key ON records (place, insurance, status, band_min, band_max, month, centre, amount_fen, week);
CREATE TABLE settings (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
