package lazy

import "testing"

func TestRegexp(t *testing.T) {
	re := Regexp(`^\d{6}$`)
	if !re().MatchString("110000") || re().MatchString("11000") {
		t.Fatal("the pattern does not match as written")
	}
	if first, again := re(), re(); first != again {
		t.Fatal("compiled more than once")
	}
}
