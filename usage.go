package main

// usage is the help of every command, at most 80 columns wide.
const usage = `yibao：医保个人账户每月划入多少、怎么查余额
yibao: how much goes into the medical-insurance personal account, and how
to check it

在本终端问答 / the advisor in this terminal:
  yibao [--lang zh|en] [--data PATH] [--slip-dir DIR] [--plain]
        [--observations FILE]
        --plain：逐行问答，适合读屏软件 / line by line, for screen readers

一次性输出建议或小票 / one answer for scripts and slips:
  yibao advise --insurance employee|flexible|resident --city 城市
               --age 年龄 --status working|retired|not-retired
               [--base 元] [--as-of YYYY-MM-DD] [--lang zh|en] [--json]
               [--slip [--width 32|48] [--encoding utf-8|gb18030]]
               [--data PATH] [--observations FILE]

记录对账单上的实际到账 / record what a statement showed:
  yibao observe --insurance ... --status ... --city ... --age ...
                --amount 75 [--month 2026-11] [--channel app|alipay|
                wechat|hotline|counter|terminal|receipt] [--file FILE]

更多帮助 / more-help guides:
  yibao guide [编号或主题 / NUMBER or TOPIC] [--lang zh|en]

检查数据 / check data:
  yibao data check [PATH...]   （不写：内置数据 / none: the built-in book）
  yibao data observations [--rules] FILE...

SSH 服务台 / the SSH kiosk for a community centre:
  yibao serve [--listen 127.0.0.1:23234] [--host-key FILE] [--idle 15m]
              [--max-session 2h] [--max-sessions 200] [--rate 1]
              [--burst 20] [--max-sessions-per-address 50]
              [--memory-limit MB] [--auth none|password|keys]
              [--password-file FILE] [--authorized-keys FILE]
              [--data PATH] [--observations FILE] [--lang zh|en]

版本 / version:
  yibao version
`
