package records

import (
	"strings"

	"yibao/data/answers"
	"yibao/data/lang"
)

// Channel is where the credit was read.
type Channel string

// Channels.
const (
	App      Channel = "app"      // 国家医保服务平台 or a local medical-insurance app
	Alipay   Channel = "alipay"   // 支付宝
	WeChat   Channel = "wechat"   // 微信
	Hotline  Channel = "hotline"  // 12393 or 12333
	Counter  Channel = "counter"  // an office counter's printout
	Terminal Channel = "terminal" // a self-service terminal
	Receipt  Channel = "receipt"  // a pharmacy or hospital receipt
)

// Channels lists them in the order they are offered.
func Channels() []Channel { return []Channel{App, Alipay, WeChat, Hotline, Counter, Terminal, Receipt} }

// Name is a channel in words.
func (c Channel) Name() lang.Text {
	switch c {
	case App:
		return lang.T("医保 App", "a medical-insurance app")
	case Alipay:
		return lang.T("支付宝", "Alipay")
	case WeChat:
		return lang.T("微信", "WeChat")
	case Hotline:
		return lang.T("电话热线", "the hotline")
	case Counter:
		return lang.T("经办窗口", "an office counter")
	case Terminal:
		return lang.T("自助服务机", "a self-service terminal")
	case Receipt:
		return lang.T("结算小票", "a receipt")
	}
	return lang.T("没有说", "not said")
}

// ParseChannel reads a channel by its id, its number in Channels (1-7) or
// its Chinese name; "" is no channel.
func ParseChannel(s string) (Channel, error) {
	t := strings.ToLower(strings.TrimSpace(answers.Fold(s)))
	if t == "" || t == "0" {
		return "", nil
	}
	for i, c := range Channels() {
		if t == string(c) || t == string(rune('1'+i)) || t == c.Name().Zh {
			return c, nil
		}
	}
	return "", lang.Errorf("渠道请写 app、alipay、wechat、hotline、counter、terminal 或 receipt（也可以写 1 到 7）。",
		"The channel is app, alipay, wechat, hotline, counter, terminal or receipt (or 1 to 7).")
}
