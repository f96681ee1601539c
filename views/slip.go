package views

import (
	"strings"
	"yibao/views/plain"

	"yibao/data/lang"
	"yibao/model"
)

// slipScreen shows the slip as it prints, two columns side by side when the
// window is wide enough, so that it fits one screen to be photographed;
// under it, where the slip went.
func slipScreen(s model.State, st Styles, w int) []string {
	var out []string
	if w >= 76 {
		cw := (w - 3) / 2
		left, right := plain.SlipParts(*s.Advice, s.Lang, cw, s.Ticks)
		out = sideBySide(left, right, cw)
	} else {
		cw := 48
		if w < 50 {
			cw = min(w, 32)
		}
		out = strings.Split(strings.TrimRight(plain.Slip(*s.Advice, s.Lang, cw, s.Ticks), "\n"), "\n")
	}
	out = append(out, "")
	switch {
	case s.SlipPath != "":
		out = append(out, plain.Wrap(lang.F("已保存到 %s（同一位只有一份，按现在的勾选保存）", "Saved to %s (one file per person, with the ticks as they are now)", lang.Clean(s.SlipPath)).In(s.Lang), w)...)
	case !s.SlipErr.IsZero():
		for _, l := range plain.Wrap(s.SlipErr.In(s.Lang), w) {
			out = append(out, st.Error.Render(l))
		}
	case s.SlipCopied:
		out = append(out, plain.Wrap(lang.T("已发送到您电脑的剪贴板（如果终端支持），也可以直接拍照。", "Sent to your computer's clipboard (if the terminal supports it); you can also take a photo.").In(s.Lang), w)...)
	}
	return out
}

// sideBySide sets two columns of lines next to each other, the left one
// padded to cw cells.
func sideBySide(left, right []string, cw int) []string {
	out := make([]string, max(len(left), len(right)))
	for i := range out {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = plain.Pad(l, cw) + "   " + r
	}
	return out
}
