package kiosk

import (
	"fmt"
	"net"

	"yibao/model/session"
)

// Plain-text lines a session may get before or after its advisor. Chinese
// first, then English; CRLF because the client's terminal is in raw mode.
func say(zh, en string) string { return zh + "\r\n" + en + "\r\n" }

func msgRateLimited() string {
	return say("连接太频繁，请稍等一会儿再连。", "Too many connections from your address; please wait a moment and try again.")
}

func msgFull(n int) string {
	return say(fmt.Sprintf("服务台现在太忙（同时在线已满 %d 个），请过几分钟再连。", n),
		fmt.Sprintf("The desk server is busy (%d sessions at once); please try again in a few minutes.", n))
}

func msgClosing() string {
	return say("服务器正在关闭，请稍后再连。", "The server is closing; please connect again later.")
}

// msgNoPTY explains how to connect, naming this server's address.
func msgNoPTY(local net.Addr) string {
	target := "<服务器地址>"
	targetEn := "<server address>"
	if host, port, err := net.SplitHostPort(local.String()); err == nil {
		target = host
		if port != "22" {
			target = "-p " + port + " " + host
		}
		targetEn = target
	}
	return say(
		fmt.Sprintf("yibao 是全屏问答程序，需要终端。请这样连接：ssh -t %s （也可以在后面写城市，例如 ssh -t %s 长沙）", target, target),
		fmt.Sprintf("yibao is a full-screen advisor and needs a terminal. Connect with: ssh -t %s (or add a city: ssh -t %s changsha)", targetEn, targetEn))
}

func msgCommand() string {
	return say("连接时只能写一个城市名，例如 ssh -t 服务器 长沙；不能执行命令。",
		"Only a city may follow the host, e.g. ssh -t server changsha; commands cannot be run.")
}

func msgPanic() string {
	return say("抱歉，程序出错了，本次咨询已经结束，请重新连接。", "Sorry, something went wrong and this session has ended; please connect again.")
}

// msgLineEnded ends a line-mode session: the lines stay in the terminal's
// scrollback, so the person is asked to clear the window.
func msgLineEnded(why session.Ending) string {
	return msgEnded(why) + say("为保护隐私，请关闭或清空这个窗口。", "To keep this private, close or clear this window.")
}

// msgEnded tells why the advisor ended on its own.
func msgEnded(why session.Ending) string {
	switch why {
	case session.EndIdle:
		return say("长时间没有操作，答案已经清除，连接已断开。", "Nothing was pressed for a long time; the answers were cleared and the session has ended.")
	case session.EndTimeUp:
		return say("本次连接已达到最长时间，答案已经清除。需要的话请重新连接。", "This session reached its time limit and the answers were cleared; connect again if needed.")
	case session.EndClosing:
		return say("服务器已关闭，谢谢使用。", "The server has closed. Thank you.")
	}
	return say("再见，谢谢使用。", "Goodbye, and thank you.")
}
