/** Tests of the demo: the main job end to end, as a newcomer runs it. Not API. */
package org.ltc.examples.demo;
