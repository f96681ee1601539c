//go:build race

package model_test

// raceEnabled is set when the tests run with the race detector.
const raceEnabled = true
