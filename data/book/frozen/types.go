package frozen

import "yibao/data/book"

// The writers and readers of each book type, field by field in the order
// of the struct. Keep each pair side by side.

func writeProvince(e *encoder, p book.Province) {
	e.str(p.Code)
	e.str(p.Name)
	e.str(p.Short)
	e.str(p.Pinyin)
	e.str(p.Initials)
	e.str(p.En)
}

func readProvince(d *decoder) book.Province {
	return book.Province{Code: d.str(), Name: d.str(), Short: d.str(), Pinyin: d.str(), Initials: d.str(), En: d.str()}
}

func writePlace(e *encoder, p book.Place) {
	e.str(p.Code)
	e.str(p.Name)
	e.str(p.Short)
	e.str(p.Province)
	e.str(string(p.Kind))
	e.str(p.Pinyin)
	e.str(p.Initials)
	e.strs(p.Aliases)
	e.str(p.En)
	e.str(p.AreaCode)
	e.int(p.Prominence)
	e.strs(p.Names)
	e.text(p.About)
	e.bool(p.Question != nil)
	if p.Question != nil {
		writeQuestion(e, *p.Question)
	}
}

func readPlace(d *decoder) book.Place {
	return book.Place{Code: d.str(), Name: d.str(), Short: d.str(), Province: d.str(), Kind: book.Kind(d.str()),
		Pinyin: d.str(), Initials: d.str(), Aliases: d.strs(), En: d.str(), AreaCode: d.str(),
		Prominence: d.int(), Names: d.strs(), About: d.text(), Question: readQuestionOf(d)}
}

func readQuestionOf(d *decoder) *book.Question {
	if !d.bool() {
		return nil
	}
	q := readQuestion(d)
	return &q
}

func writeQuestion(e *encoder, q book.Question) {
	e.str(q.Place)
	enums(e, q.Insurance)
	enums(e, q.Status)
	e.text(q.Title)
	e.text(q.Prompt)
	e.text(q.Hint)
	list(e, q.Options, writeChoice)
}

func readQuestion(d *decoder) book.Question {
	return book.Question{Place: d.str(), Insurance: readEnums[book.Insurance](d), Status: readEnums[book.Status](d),
		Title: d.text(), Prompt: d.text(), Hint: d.text(), Options: readList(d, readChoice)}
}

func writeChoice(e *encoder, c book.Choice) {
	e.str(c.Value)
	e.text(c.Label)
	e.text(c.Short)
}

func readChoice(d *decoder) book.Choice {
	return book.Choice{Value: d.str(), Label: d.text(), Short: d.text()}
}

func writeCounty(e *encoder, c book.County) {
	e.str(c.Code)
	e.str(c.Name)
	e.str(c.Short)
	e.str(c.Place)
	e.str(c.Pinyin)
	e.str(c.Initials)
	e.str(c.En)
	e.strs(c.Aliases)
}

func readCounty(d *decoder) book.County {
	return book.County{Code: d.str(), Name: d.str(), Short: d.str(), Place: d.str(), Pinyin: d.str(),
		Initials: d.str(), En: d.str(), Aliases: d.strs()}
}

func writeSource(e *encoder, s book.Source) {
	e.text(s.Title)
	e.str(s.DocNo)
	e.text(s.Publisher)
	e.str(string(s.Date))
	e.str(s.URL)
	e.text(s.SeenVia)
	e.date(s.VerifiedOn)
	e.str(string(s.Confidence))
	e.str(s.Remark)
}

func readSource(d *decoder) book.Source {
	return book.Source{Title: d.text(), DocNo: d.str(), Publisher: d.text(), Date: book.PartialDate(d.str()), URL: d.str(),
		SeenVia: d.text(), VerifiedOn: d.date(), Confidence: book.Confidence(d.str()), Remark: d.str()}
}

func writeNamedSource(e *encoder, s book.NamedSource) {
	e.str(s.ID)
	writeSource(e, s.Source)
}

func readNamedSource(d *decoder) book.NamedSource {
	return book.NamedSource{ID: d.str(), Source: readSource(d)}
}

func writeBand(e *encoder, b book.Band) {
	e.int(b.MinAge)
	e.int(b.MaxAge)
	e.optF64(b.Amount)
	e.optF64(b.Rate)
}

func readBand(d *decoder) book.Band {
	return book.Band{MinAge: d.int(), MaxAge: d.int(), Amount: d.optF64(), Rate: d.optF64()}
}

func writeDeduction(e *encoder, x book.Deduction) {
	e.text(x.Name)
	e.optF64(x.Monthly)
	e.optF64(x.Annual)
	e.optF64(x.Rate)
	e.optF64(x.Possible)
	e.optInt(x.MinAge)
	e.optInt(x.MaxAge)
}

func readDeduction(d *decoder) book.Deduction {
	return book.Deduction{Name: d.text(), Monthly: d.optF64(), Annual: d.optF64(), Rate: d.optF64(), Possible: d.optF64(), MinAge: d.optInt(), MaxAge: d.optInt()}
}

func writePair(e *encoder, p book.Pair) {
	e.str(string(p.Insurance))
	e.str(string(p.Status))
}

func readPair(d *decoder) book.Pair {
	return book.Pair{Insurance: book.Insurance(d.str()), Status: book.Status(d.str())}
}

func writeRule(e *encoder, r book.Rule) {
	e.str(r.ID)
	e.str(string(r.Scope))
	e.str(r.Code)
	enums(e, r.Insurance)
	enums(e, r.Status)
	e.str(string(r.Scheme))
	e.f64(r.Rate)
	e.bool(r.Approximate)
	e.bool(r.Average != nil)
	if r.Average != nil {
		e.text(r.Average.Of)
		e.int(r.Average.Year)
		e.f64(r.Average.Figure)
	}
	e.strs(r.Except)
	e.strs(r.Variant)
	list(e, r.Bands, writeBand)
	list(e, r.Deductions, writeDeduction)
	e.text(r.Credited)
	e.text(r.Caveat)
	e.date(r.From)
	e.bool(r.To != nil)
	if r.To != nil {
		e.date(*r.To)
	}
	e.text(r.Note)
	writeSource(e, r.Source)
	e.str(r.SourceRef)
	e.str(r.File)
	e.bool(r.Local)
	list(e, r.Masked, writePair)
}

func readRule(d *decoder) book.Rule {
	r := book.Rule{ID: d.str(), Scope: book.Scope(d.str()), Code: d.str(), Insurance: readEnums[book.Insurance](d), Status: readEnums[book.Status](d),
		Scheme: book.Scheme(d.str()), Rate: d.f64(), Approximate: d.bool()}
	if d.bool() {
		r.Average = &book.Average{Of: d.text(), Year: d.int(), Figure: d.f64()}
	}
	r.Except, r.Variant = d.strs(), d.strs()
	r.Bands = readList(d, readBand)
	r.Deductions = readList(d, readDeduction)
	r.Credited, r.Caveat, r.From = d.text(), d.text(), d.date()
	if d.bool() {
		to := d.date()
		r.To = &to
	}
	r.Note = d.text()
	r.Source = readSource(d)
	r.SourceRef, r.File, r.Local = d.str(), d.str(), d.bool()
	r.Masked = readList(d, readPair)
	return r
}

func writeNote(e *encoder, n book.Note) {
	e.str(n.ID)
	enums(e, n.Insurance)
	enums(e, n.Status)
	e.optInt(n.MinAge)
	e.optInt(n.MaxAge)
	e.strs(n.Places)
	e.strs(n.Except)
	e.str(n.Account)
	e.text(n.Text)
	e.bool(n.Source != nil)
	if n.Source != nil {
		writeSource(e, *n.Source)
	}
	e.str(n.SourceRef)
}

func readNote(d *decoder) book.Note {
	n := book.Note{ID: d.str(), Insurance: readEnums[book.Insurance](d), Status: readEnums[book.Status](d), MinAge: d.optInt(), MaxAge: d.optInt(),
		Places: d.strs(), Except: d.strs(), Account: d.str(), Text: d.text()}
	if d.bool() {
		s := readSource(d)
		n.Source = &s
	}
	n.SourceRef = d.str()
	return n
}

func writeChannel(e *encoder, c book.Channel) {
	e.str(c.ID)
	e.str(string(c.Kind))
	e.strs(c.Places)
	e.str(c.Replaces)
	e.bool(c.Recommended)
	e.str(c.Dial)
	e.text(c.Name)
	e.texts(c.Steps)
	e.strs(c.Needs)
	e.text(c.Suits)
	e.text(c.Note)
	e.date(c.VerifiedOn)
	e.str(string(c.Confidence))
	e.text(c.SourceNote)
}

func readChannel(d *decoder) book.Channel {
	return book.Channel{ID: d.str(), Kind: book.ChannelKind(d.str()), Places: d.strs(), Replaces: d.str(), Recommended: d.bool(),
		Dial: d.str(), Name: d.text(), Steps: d.texts(), Needs: d.strs(), Suits: d.text(), Note: d.text(),
		VerifiedOn: d.date(), Confidence: book.Confidence(d.str()), SourceNote: d.text()}
}

func writeGuide(e *encoder, g book.Guide) {
	e.str(g.ID)
	e.text(g.Title)
	e.text(g.Summary)
	e.texts(g.Points)
	e.texts(g.Steps)
	list(e, g.Sources, writeSource)
	e.strs(g.SourceRefs)
}

func readGuide(d *decoder) book.Guide {
	return book.Guide{ID: d.str(), Title: d.text(), Summary: d.text(), Points: d.texts(), Steps: d.texts(),
		Sources: readList(d, readSource), SourceRefs: d.strs()}
}
