package org.ltc.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written id check agrees with the documented pattern. */
class ChecksProperties {
    @Property(tries = 2000)
    boolean isIdMatchesThePattern(@ForAll @StringLength(max = 140) @Chars({'.', '_', ':', '-', ' ', '@', 'é'})
                                  @CharRange(from = 'a', to = 'f') @CharRange(from = '0', to = '3') String s) {
        return Checks.isId(s) == Checks.ID.matcher(s).matches();
    }
}
