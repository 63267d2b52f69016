/**
 * Tests of action planning on real data: the Bowling Green Polis conversation themed, turned into public
 * knowledge and planned for at Impasse. Not API.
 */
package org.ltc.examples.action;
