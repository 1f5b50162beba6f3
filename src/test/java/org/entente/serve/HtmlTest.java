package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;amp; &#34;", Html.escape("<script>alert('x')</script> &amp; \""));
        assertEquals("", Html.escape(null));
        assertEquals("Brasília – “quoted”", Html.escape("Brasília – “quoted”"));
    }
}
