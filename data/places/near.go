package places

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// A near miss is a pinyin typed with a slip: a letter dropped, doubled,
// swapped or wrong (bejing, wuhang, xiamne), or one of the sounds people
// mix up when they spell what they say (z/zh, c/ch, s/sh, n/ng, so an/ang,
// en/eng and in/ing; l/n and f/h in southern speech), or a character read
// the common way where a place reads it another (zhongqing for chong qing).
// Such a query names no place exactly, so whatever it reaches is a guess.

// Costs of one change, in half letters: the mixed-up sounds cost half a
// letter, any other change a whole one.
const (
	costSound  = 1
	costLetter = 2
)

// nearLimit is the most a query may differ from a pinyin and still be a
// near miss, in half letters: nothing under four letters (a short query is
// the start of too many names), one letter up to five, one and a half up
// to eight, two from nine.
func nearLimit(n int) int {
	switch {
	case n < 4:
		return 0
	case n <= 5:
		return costLetter
	case n <= 8:
		return costLetter + costSound
	}
	return 2 * costLetter
}

// soundPair reports whether a and b are letters people mix up by sound.
func soundPair(a, b byte) bool {
	switch {
	case a > b:
		a, b = b, a
	}
	return a == 'l' && b == 'n' || a == 'f' && b == 'h'
}

// softLetter reports whether the letter at i of s may be dropped or added
// for half a letter: the h of zh, ch, sh, the g of ng, and a letter
// doubled (nanning typed naning).
func softLetter(s string, i int) bool {
	if i == 0 {
		return false
	}
	if s[i] == s[i-1] {
		return true
	}
	switch s[i] {
	case 'h':
		p := s[i-1]
		return p == 'z' || p == 'c' || p == 's'
	case 'g':
		return s[i-1] == 'n'
	}
	return false
}

// nearCost is how far query q is from pinyin p, in half letters, or a value
// above limit when it is further. It is the restricted Damerau-Levenshtein
// distance with the costs above, computed in a band around the diagonal
// and abandoned as soon as a row exceeds the limit.
func nearCost(q, p string, limit int) int {
	n, m := len(q), len(p)
	if limit <= 0 || n-m > limit || m-n > limit || n > 48 || m > 48 {
		return limit + 1
	}
	const far = 1 << 20
	var rows [3][49]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	prev[0] = 0
	for j := 1; j <= m; j++ {
		c := costLetter
		if softLetter(p, j-1) {
			c = costSound
		}
		prev[j] = prev[j-1] + c
	}
	for i := 1; i <= n; i++ {
		del := costLetter
		if softLetter(q, i-1) {
			del = costSound
		}
		cur[0] = prev[0] + del
		best := cur[0]
		for j := 1; j <= m; j++ {
			if j < i-limit || j > i+limit {
				cur[j] = far
				continue
			}
			ins := costLetter
			if softLetter(p, j-1) {
				ins = costSound
			}
			sub := 0
			switch {
			case q[i-1] == p[j-1]:
			case soundPair(q[i-1], p[j-1]):
				sub = costSound
			default:
				sub = costLetter
			}
			v := min(prev[j-1]+sub, prev[j]+del, cur[j-1]+ins)
			if i > 1 && j > 1 && q[i-1] == p[j-2] && q[i-2] == p[j-1] && q[i-1] != q[i-2] {
				v = min(v, prev2[j-2]+costLetter)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}

// near reports how close a query is to any pinyin of an entry.
func (e *entry) near(q string, mq uint32) (cost int, ok bool) {
	limit := nearLimit(len(q))
	if limit == 0 {
		return 0, false
	}
	// Each change mends at most one letter the query has and the pinyin
	// lacks, and one the pinyin has and the query lacks: most names are
	// too far to be worth aligning.
	if apart(mq&^e.letters) > limit {
		return 0, false
	}
	best := limit + 1
	try := func(py string) {
		if mp := letters(py); apart(mq&^mp) <= limit && apart(mp&^mq) <= limit {
			best = min(best, nearCost(q, py, limit))
		}
	}
	for _, py := range e.pinyins {
		try(py)
	}
	for _, py := range e.readings {
		try(py)
	}
	return best, best <= limit
}

// softSet are the letters a change may mend for half a letter: the h and
// g of zh, ch, sh and ng, and l/n and f/h by sound.
const softSet = 1<<('h'-'a') | 1<<('g'-'a') | 1<<('l'-'a') | 1<<('n'-'a') | 1<<('f'-'a')

// apart is the least it costs to mend the letters of a set, in half
// letters: half for a soft letter, one for any other.
func apart(m uint32) int {
	return bits.OnesCount32(m&softSet)*costSound + bits.OnesCount32(m&^softSet)*costLetter
}

// letters is the set of the letters a to z in s.
func letters(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// commonReading is the everyday reading of a character that some place
// names read otherwise: 重庆 is chong qing, but 重 is mostly zhong.
func commonReading(r rune) string {
	switch r {
	case '重':
		return "zhong"
	case '长':
		return "zhang"
	case '厦':
		return "sha"
	case '六':
		return "liu"
	case '蚌':
		return "bang"
	case '佛':
		return "fu"
	case '都':
		return "dou"
	case '什':
		return "shen"
	case '莞':
		return "wan"
	case '朝':
		return "zhao"
	case '亳':
		return "hao"
	case '漯':
		return "ta"
	case '藏':
		return "cang"
	case '勒':
		return "lei"
	case '乐':
		return "yue"
	case '单':
		return "dan"
	case '番':
		return "fan"
	}
	return ""
}

// misreadings are a name's pinyin with each such character read the
// everyday way, when the name has one syllable a character.
func misreadings(short string, syllables []string) []string {
	if utf8.RuneCountInString(short) != len(syllables) {
		return nil
	}
	var out []string
	i := 0
	for _, r := range short {
		i++
		if alt := commonReading(r); alt != "" && alt != syllables[i-1] {
			s := slices.Clone(syllables)
			s[i-1] = alt
			out = append(out, strings.Join(s, ""))
		}
	}
	return out
}
