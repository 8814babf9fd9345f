from krant.community import text


def test_paragraphs_line_breaks_and_escaped_markup():
    html = text.to_html('Eerste <b>regel</b>\ntweede & "derde"\n\nNieuwe alinea')
    assert html == (
        "<p>Eerste &lt;b&gt;regel&lt;/b&gt;<br>tweede &amp; &quot;derde&quot;</p><p>Nieuwe alinea</p>"
    )


def test_addresses_become_links_nobody_follows():
    html = text.to_html("Zie https://voorbeeld.nl/a?b=1&c=2. En www.krant.test")
    assert '<a href="https://voorbeeld.nl/a?b=1&amp;c=2" rel="nofollow ugc noopener">' in html
    assert "</a>. En " in html
    assert '<a href="https://www.krant.test" rel="nofollow ugc noopener">www.krant.test</a>' in html


def test_a_script_address_is_not_a_link():
    html = text.to_html('javascript:alert(1) "><script>alert(1)</script>')
    assert "<a" not in html and "<script" not in html


def test_word_lists_match_whole_words_without_case_or_accents():
    pattern = text.word_pattern(["kut", "vuile leugenaar"])
    assert pattern.search(text.fold("Wat een KUT idee"))
    assert pattern.search(text.fold("Vuile\nleugenáár!"))
    assert not pattern.search(text.fold("scheikunde en kutje"))
    assert text.word_pattern(["", "  "]) is None
