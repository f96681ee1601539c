package records_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yibao/data/records"
	"yibao/internal/testkit"
)

func TestExportThenImportIsIdempotent(t *testing.T) {
	stores(t, func(t *testing.T, target string) {
		ctx := context.Background()
		b := testkit.Book(t)
		from := open(t, sqliteTarget(t))
		putAll(t, from, seen(advise(t, b, "320100", 72), []string{"east", "west"}, 118, 118, 120))
		old := sample(107, records.Month{Year: 2025, Month: 1})
		putAll(t, from, []records.Record{old})
		path := filepath.Join(t.TempDir(), "export.toml")
		files, n, err := records.Export(ctx, from, records.Month{Year: 2026, Month: 1}, path)
		if err != nil || n != 3 || len(files) != 1 {
			t.Fatalf("export: %v %d %v", files, n, err)
		}
		to := open(t, target)
		opt := records.ImportOptions{Book: b, Today: today}
		for round, want := range []int{3, 0} {
			got, err := records.ImportFile(ctx, to, path, opt)
			if err != nil || got.Added != want || got.Known != 3-want || len(got.Warnings) != 0 {
				t.Fatalf("import %d: %+v %v", round+1, got, err)
			}
		}
		if _, _, err := records.Export(ctx, from, records.Month{Year: 2027, Month: 1}, path); err == nil || !strings.Contains(err.Error(), "no file was written") {
			t.Fatalf("nothing to export: %v", err)
		}
	})
}

func TestImportSkipsABadEntryNamingFileAndLine(t *testing.T) {
	ctx := context.Background()
	s := open(t, sqliteTarget(t))
	content := `
[[record]]
id = "a1"
centre = "east"
desk = "local"
consultation = "c1"
place = "110100"
insurance = "employee"
status = "retired"
min_age = 70
max_age = 74
amount = 107.0
month = "2026-11"
week = "2026-W48"

[[record]]
id = "a2"
centre = "east"
desk = "local"
consultation = "c2"
place = "110100"
insurance = "employee"
status = "retired"
min_age = 70
max_age = 74
amount = 107.0
month = "2099-11"
week = "2026-W48"
`
	got, err := records.Import(ctx, s, "batch.toml", []byte(content), records.ImportOptions{Book: testkit.Book(t), Today: today})
	if err != nil || got.Added != 1 || len(got.Warnings) != 1 {
		t.Fatalf("%+v %v", got, err)
	}
	if w := got.Warnings[0].En; !strings.HasPrefix(w, "batch.toml:27: the month \"2099-11\" is wrong") || !strings.HasSuffix(w, "this entry was skipped") {
		t.Fatalf("warning %q", w)
	}
}

func TestImportReadsTheEarlierFormatOnce(t *testing.T) {
	ctx := context.Background()
	s := open(t, sqliteTarget(t))
	old := `# yibao: what this desk saw on people's own statements.

[[observation]]
place = "110100"
insurance = "employee"
status = "retired"
min_age = 70
max_age = 120
amount = 107.0
month = "2026-11"
channel = "app"
day = 2026-12-01

[[observation]]
place = "110100"
insurance = "employee"
status = "retired"
min_age = 70
max_age = 120
amount = 107.0
month = "2026-11"
channel = "app"
day = 2026-12-01
`
	path := filepath.Join(t.TempDir(), "observations.toml")
	if err := os.WriteFile(path, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	opt := records.ImportOptions{Book: testkit.Book(t), Today: today, Centre: "east"}
	for round, want := range []int{2, 0} {
		got, err := records.ImportFile(ctx, s, path, opt)
		if err != nil || got.Added != want {
			t.Fatalf("round %d: %+v %v", round+1, got, err)
		}
	}
}

func TestImportRefusesAnOversizedFile(t *testing.T) {
	s := open(t, sqliteTarget(t))
	big := strings.Repeat("# padding\n", records.MaxImportBytes/10+1)
	_, err := records.Import(context.Background(), s, "big.toml", []byte(big), records.ImportOptions{Today: today})
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatal(err)
	}
}
