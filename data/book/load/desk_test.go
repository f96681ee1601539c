package load_test

import (
	"strings"
	"testing"

	"yibao/data/book/load"
	"yibao/internal/testkit"
)

// deskRule is a desk rule for Beijing's 70-74, which would take the
// official Beijing rule over.
const deskRule = `
[[rule]]
id = "desk-110100-employee-retired-70-74"
scope = "city"
code = "110100"
insurance = ["employee"]
status = ["retired"]
scheme = "fixed_monthly"
credited = { zh = "每月", en = "monthly" }
effective_from = 2026-01-01

[[rule.band]]
min_age = 70
max_age = 74
amount = 110

[rule.source]
title = { zh = "服务台的记录", en = "The desks' records" }
publisher = { zh = "服务台的记录", en = "the desks' records" }
date = "2026-11"
verified_on = 2026-11-20
confidence = "desk"
`

func TestDeskRuleCannotReplaceAnOfficialRule(t *testing.T) {
	ps := loadProblems(t, deskRule)
	if len(ps) != 1 || !strings.Contains(ps[0].Msg.En, "a desk rule cannot replace the rule \"beijing-retired\", which rests on an official document") {
		t.Fatalf("problems %v", ps)
	}
}

func TestDeskRulesOfOtherBandsStandSideBySide(t *testing.T) {
	two := strings.ReplaceAll(deskRule, "110100", "320100")
	two += strings.NewReplacer("70-74", "75-79", "min_age = 70", "min_age = 75", "max_age = 74", "max_age = 79").Replace(strings.ReplaceAll(deskRule, "110100", "320100"))
	if _, err := load.WithFile(testkit.Book(t), "local.toml", []byte(two)); err != nil {
		t.Fatal(err)
	}
}
