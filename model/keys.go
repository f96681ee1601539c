package model

import (
	"yibao/data/lang"
	"yibao/model/keys"
)

// KeyMap holds every key binding of the advisor (package keys).
type KeyMap = keys.Map

// NewKeyMap builds the bindings with help in language l.
func NewKeyMap(l lang.Lang) KeyMap { return keys.New(l) }
