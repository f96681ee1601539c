// Command freeze writes the decoded form of the embedded policy book, which
// the binary uses to start without parsing the TOML. Run it through
// go generate ./data/book.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"yibao/data/book/load"
)

func main() {
	out := flag.String("o", "book.frozen", "output file")
	flag.Parse()
	var buf bytes.Buffer
	if err := load.Freeze(&buf); err != nil {
		fmt.Fprintln(os.Stderr, "freeze:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "freeze:", err)
		os.Exit(1)
	}
}
