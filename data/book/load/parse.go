package load

import (
	"sync"

	"github.com/BurntSushi/toml"

	"yibao/data/book"
	"yibao/data/book/frozen"
	"yibao/data/internal/tomlpos"
	"yibao/data/lang"
)

// rawFile is the shape of every book file. Places, provinces, counties and
// units may only come from the embedded book; the first three are written
// as rows (see rows.go).
type rawFile struct {
	Provinces string             `toml:"provinces"`
	Places    string             `toml:"places"`
	Counties  string             `toml:"counties"`
	Unit      []unitTable        `toml:"unit"`
	Rule      []book.Rule        `toml:"rule"`
	Note      []book.Note        `toml:"note"`
	Channel   []book.Channel     `toml:"channel"`
	Guide     []book.Guide       `toml:"guide"`
	Source    []book.NamedSource `toml:"source"`
	Question  []book.Question    `toml:"question"`
}

// file is one decoded book file with its text, for locating problems.
type file struct {
	name    string
	content []byte
	raw     rawFile
	// placeKey names the place-list key the file sets ("places",
	// "provinces", "counties", "unit" or "question"), which only the
	// embedded book may.
	placeKey string
}

// parseAll decodes the embedded files in parallel and returns those
// without problems; the problems are kept in file order.
func parseAll(files []frozen.File, ps *Problems) []file {
	type result struct {
		f  file
		ok bool
		ps Problems
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	for i, src := range files {
		wg.Go(func() {
			r := &results[i]
			if r.f, r.ok = parseFile(src, &r.ps); r.ok {
				r.ok = r.ps.Len() == 0
			}
		})
	}
	wg.Wait()
	var out []file
	for _, r := range results {
		for _, p := range r.ps.list {
			ps.add(p)
		}
		if r.ok {
			out = append(out, r.f)
		}
	}
	return out
}

// parseFile decodes one file strictly: syntax and type errors with their
// line, in plain words; unknown keys with their path and line.
func parseFile(src frozen.File, ps *Problems) (file, bool) {
	fp := ps.in(src.Name, src.Content)
	if line, msg, ok := tomlpos.Prescan(src.Content, maxNesting); !ok {
		fp.at(line, "", lang.T(msg.Zh+"；书的文件用不着这样写", msg.En+"; no book file needs that"))
		return file{}, false
	}
	var raw rawFile
	md, err := toml.Decode(string(src.Content), &raw)
	if err != nil {
		line, col, key, msg := tomlpos.Explain(err)
		if line == 0 && key != "" {
			line = fp.lineOf(key)
		}
		fp.all.add(Problem{File: src.Name, Line: line, Col: col, Path: key, Msg: msg})
		return file{}, false
	}
	bad := false
	for i, k := range md.Undecoded() {
		bad = true
		if i >= shownUnknown {
			fp.all.dropped++ // counted, not located: a file of them costs no more
			continue
		}
		fp.add(k.String(), lang.T("未知的键（拼写错误？）", "unknown key (a typo?)"))
	}
	if !controls(&raw, fp) {
		bad = true
	}
	if n := len(raw.Rule) + len(raw.Note) + len(raw.Channel) + len(raw.Guide) + len(raw.Source); n > maxEntries {
		fp.at(0, "", lang.F("条目太多（%d 条，最多 %d 条）；请分成几个文件，或只放需要更正的", "too many entries (%d, at most %d); split the file or keep only the corrections", n, maxEntries))
		bad = true
	}
	if bad {
		return file{}, false
	}
	f := file{name: src.Name, content: src.Content, raw: raw}
	for _, k := range []string{"places", "provinces", "counties", "unit", "question"} {
		if md.IsDefined(k) {
			f.placeKey = k
		}
	}
	return f, true
}

// unitTable is a provincial-level unit as written in a book file.
type unitTable struct {
	Code     string    `toml:"code"`
	Province string    `toml:"province"`
	Name     string    `toml:"name"`
	Short    string    `toml:"short"`
	Names    []string  `toml:"names"`
	Pinyin   string    `toml:"pinyin"`
	Initials string    `toml:"initials"`
	Aliases  []string  `toml:"aliases"`
	En       string    `toml:"en"`
	AreaCode string    `toml:"area_code"`
	About    lang.Text `toml:"about"`
}

// place is the unit as a place of kind unit.
func (u unitTable) place() book.Place {
	return book.Place{Code: u.Code, Name: u.Name, Short: u.Short, Province: u.Province, Kind: book.Unit,
		Pinyin: u.Pinyin, Initials: u.Initials, Aliases: u.Aliases, En: u.En, AreaCode: u.AreaCode,
		Names: u.Names, About: u.About}
}
