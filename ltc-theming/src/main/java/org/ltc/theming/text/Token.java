package org.ltc.theming.text;

import org.ltc.model.Checks;

/**
 * One analysed word of a text.
 *
 * @param term     the normalised term (lower-cased, stemmed when stemming is on)
 * @param surface  the word as written, lower-cased (used to label themes in residents' words)
 * @param adjacent whether it directly follows the previous token (no stop word, short token or mark that ends a
 *                 phrase, such as a full stop or a comma, between them), so the two may form a phrase
 */
public record Token(String term, String surface, boolean adjacent) {
    public Token {
        Checks.notBlank("term", term);
        Checks.notBlank("surface", surface);
    }
}
