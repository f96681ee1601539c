package views

import (
	tea "charm.land/bubbletea/v2"

	"yibao/model"
)

// observeBody is the form that records what a statement showed.
func observeBody(s model.State, st Styles, w int) ([]string, *tea.Position) {
	return nil, nil
}
