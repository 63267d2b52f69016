package org.ltc.theming.embed;

/** One text to one vector; the seam that keeps langchain4j's types out of the public classes. Not API. */
interface TextEncoder {
    float[] encode(String text);

    int dimension();
}
