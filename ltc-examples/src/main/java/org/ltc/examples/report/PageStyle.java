package org.ltc.examples.report;

/** The page's one style sheet, inline so the page opens from {@code file://} with nothing else. */
final class PageStyle {
    private PageStyle() {
    }

    static final String CSS = """
            :root{--ink:#1d2a33;--muted:#55626b;--accent:#1f6f8b;--hi:#c2571a;--line:#d8dee3;--bg:#fbfbf8}
            *{box-sizing:border-box}
            body{font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg);margin:0 auto;\
            max-width:62rem;padding:1.5rem}
            h1,h2,h3,h4{font-family:'Helvetica Neue',Arial,sans-serif;line-height:1.2}
            h1{font-size:2rem;margin:.2rem 0}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}
            .sub,.note,.meta,.terms,.why,.ev{color:var(--muted)}.note{font-size:.9rem}
            nav ol{columns:2;font-family:Arial,sans-serif;font-size:.95rem}
            svg{max-width:100%;height:auto}p,li,td,th,blockquote,h1,h2,h3,h4{overflow-wrap:anywhere}
            .summary{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.2rem 1.2rem 1rem}
            .summary h3{margin:1.2rem 0 .4rem}.summary ol.top li,.summary ul li{margin:.25rem 0}
            ul.stance{list-style:none;padding-left:0}ul.stance .mark{display:inline-block;width:1.3rem;font-weight:bold}
            ul.stance .agree .mark{color:#1e6b34}ul.stance .divide .mark{color:#8f2f27}
            .appendix-h{margin-top:3rem;border-bottom:4px double var(--line)}
            @media (max-width:40rem){body{padding:.8rem}nav ol{columns:1}h1{font-size:1.6rem}\
            th,td{padding:.3rem .2rem}td:last-child{white-space:normal}svg.progress{width:100%;max-width:160px}\
            table{display:block;overflow-x:auto;max-width:100%}}
            a{color:var(--accent)}
            blockquote{margin:.4rem 0 .4rem 1rem;padding-left:.8rem;border-left:4px solid var(--line);font-style:italic}
            blockquote.story{font-size:1.25rem;border-left-color:var(--accent)}
            .stats{display:flex;gap:2rem;flex-wrap:wrap;font-family:Arial,sans-serif}
            .stats dt{color:var(--muted);font-size:.85rem}.stats dd{margin:0;font-size:1.8rem;font-weight:bold}
            article.theme{border:1px solid var(--line);border-radius:6px;padding:.3rem 1rem;margin:.7rem 0;background:#fff;\
            break-inside:avoid}
            article.theme h4{margin:.5rem 0 .2rem;font-size:1.1rem}\
            .subthemes{margin:.2rem 0 .6rem 1.2rem}.subthemes article.theme{margin:.4rem 0}\
            .subthemes h5{margin:.4rem 0 .2rem;font-size:1rem}
            table{border-collapse:collapse;width:100%;margin:.8rem 0;font-family:Arial,sans-serif;font-size:.9rem}
            th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
            caption{text-align:left;font-weight:bold;padding:.3rem 0}
            table.small{width:auto}td.child{padding-left:2rem}
            figure{margin:1rem 0;overflow-x:auto}figcaption{color:var(--muted);font-size:.9rem}
            svg text{font-family:Arial,sans-serif;font-size:12px;fill:var(--ink)}
            svg .val.inv{fill:#fff}svg .track{fill:#eef1f3}svg .bar{fill:var(--accent)}svg .bar.hi{fill:var(--hi)}
            svg .cell{fill:var(--accent)}svg .cell.none{fill:#eef1f3;fill-opacity:1}
            svg .agree{fill:#3c8d4f}svg .disagree{fill:#b8433a}svg .pass{fill:#b9c0c5}
            .divides{background:#fff4e8;padding:.3rem .5rem;font-family:Arial,sans-serif;font-size:.9rem}
            .progress{vertical-align:middle}td:last-child{white-space:nowrap}.lead{font-size:1.15rem}.override{background:#fff4e8;padding:.5rem}
            table.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            footer{margin-top:3rem;border-top:2px solid var(--line)}
            .status{font-family:Arial,sans-serif;padding:.6rem .9rem;border-radius:4px;margin:0 0 1rem}
            .status.draft{background:#fff4d6;border:2px dashed #7a5600;color:#3d2b00}
            .status.approved{background:#e6f2ea;border:1px solid #2d6a3e;color:#163d22}
            @media print{body{max-width:none;background:#fff;font-size:11pt}nav{display:none}a{color:inherit}\
            h2{break-after:avoid}figure,article,table{break-inside:avoid}.appendix{break-before:page}\
            .summary{border:none;padding:0}}
            """;
}
