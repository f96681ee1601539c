// Command deps prints hello and does nothing else, linked with the
// libraries yibao links (Bubble Tea, Lip Gloss, wish, TOML, SQLite,
// PostgreSQL): the floor of any process of a binary built from them,
// which BenchmarkAdviseProcess reports beside a bare hello-world.
package main

import (
	"fmt"
	"os"

	_ "charm.land/bubbletea/v2"
	_ "charm.land/lipgloss/v2"
	_ "charm.land/wish/v2"
	_ "github.com/BurntSushi/toml"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

func main() { fmt.Fprintln(os.Stdout, "hello") }
