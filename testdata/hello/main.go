// Command hello is the floor for BenchmarkAdviseProcess: the smallest Go
// program that prints a line and exits.
package main

import "fmt"

func main() { fmt.Println("hello") }
