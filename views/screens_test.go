package views

import (
	"testing"

	"yibao/model"
)

// TestEveryScreenHasBothHalves: each screen has its entry in the model
// (keys, help, scrolling) and its page here (title, drawing), and the two
// agree on whether it scrolls.
func TestEveryScreenHasBothHalves(t *testing.T) {
	for _, sc := range model.AllScreens() {
		if !sc.Defined() {
			t.Errorf("screen %d has no entry in the model's table (model/screens.go)", sc)
		}
		p, ok := pageOf(sc)
		if !ok || p.title == nil || (p.lines == nil) == (p.fixed == nil) {
			t.Errorf("screen %d has no page in the views' table, or one without a title or with both bodies (views/screens.go)", sc)
			continue
		}
		if scrolls := (model.State{Visit: model.Visit{Screen: sc}}).Scrolls(); scrolls != (p.lines != nil) {
			t.Errorf("screen %d: the model says it scrolls: %v; the views draw it as a scrolling body: %v", sc, scrolls, p.lines != nil)
		}
	}
	if _, ok := pageOf(model.Screen(len(model.AllScreens()))); ok {
		t.Error("a page for a screen the model does not declare")
	}
}
