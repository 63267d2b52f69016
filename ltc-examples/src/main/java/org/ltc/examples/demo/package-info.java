/**
 * The main job end to end on the bundled sample town: import, redact, theme, build public knowledge,
 * calibrate, draft a plan and write the report. {@code ltc demo} runs it; it is also the shortest complete
 * example of the library's pipeline.
 *
 * <p>Not API: an example, free to change. Each run is confined to the calling thread.
 */
package org.ltc.examples.demo;
