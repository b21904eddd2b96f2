/// The HTML report's style sheet: system fonts, a column that reads well from a phone to a desktop,
/// light and dark colours, and the classes the SVG charts use.
enum ReportCSS {
    static let text = """
        :root { --bg: #fbfbf8; --fg: #1d2125; --muted: #5f6b76; --card: #ffffff; --line: #e3e5e8; --accent: #2f6fdf;
          --good: #1f8a4c; --fair: #b7791f; --poor: #c53030; --h0: #ebedf0; --h1: #c6e48b; --h2: #7bc96f; --h3: #239a3b; --h4: #196127; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #15181c; --fg: #e6e8eb; --muted: #9aa5b1; --card: #1e2227; --line: #2e343b; --accent: #6ea2ff;
            --good: #48bb78; --fair: #ecc94b; --poor: #fc8181; --h0: #262b31; --h1: #0e4429; --h2: #006d32; --h3: #26a641; --h4: #39d353; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        header h1 { margin: 0.5rem 0 0; font-size: 1.6rem; }
        .sub, figcaption, footer, section > p { color: var(--muted); }
        section { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 0.75rem 1rem 1rem; margin: 1rem 0; }
        h2 { font-size: 1.15rem; margin: 0.25rem 0 0.5rem; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr)); gap: 0.5rem; }
        .tile { border: 1px solid var(--line); border-radius: 10px; padding: 0.5rem 0.6rem; }
        .tile .num { display: block; font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; }
        .tile .cap { color: var(--muted); font-size: 0.85rem; }
        figure { margin: 0.75rem 0 0; }
        figcaption { font-size: 0.85rem; }
        svg.chart { width: 100%; max-width: 42rem; height: auto; display: block; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: 0.85rem; }
        .n { text-align: right; white-space: nowrap; }
        td.good { color: var(--good); font-weight: 600; } td.fair { color: var(--fair); font-weight: 600; } td.poor { color: var(--poor); font-weight: 600; }
        td code { display: block; font-size: 0.75rem; color: var(--muted); word-break: break-all; } p code { font-size: 0.9rem; }
        .mastery .wide { width: 40%; }
        .meter { height: 0.6rem; background: var(--h0); border-radius: 6px; overflow: hidden; margin-top: 0.45rem; }
        .meter div { height: 100%; background: var(--good); }
        .bar { fill: var(--accent); } .axis, .grid { stroke: var(--line); } .target { stroke: var(--good); stroke-dasharray: 6 4; stroke-width: 1.5; }
        .rate { fill: none; stroke: var(--accent); stroke-width: 2.5; } .dot { fill: var(--accent); }
        text { fill: var(--muted); font: 15px system-ui, sans-serif; } text.value { fill: var(--fg); }
        .l0 { fill: var(--h0); background: var(--h0); } .l1 { fill: var(--h1); background: var(--h1); } .l2 { fill: var(--h2); background: var(--h2); }
        .l3 { fill: var(--h3); background: var(--h3); } .l4 { fill: var(--h4); background: var(--h4); }
        .legend i { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; margin: 0 1px; vertical-align: -0.1rem; }
        footer { font-size: 0.8rem; margin: 1rem 0 2rem; }
        @media (max-width: 30rem) { main { padding: 0.5rem; } section { padding: 0.6rem 0.7rem 0.8rem; } .tile .num { font-size: 1.25rem; } }
        """
}
