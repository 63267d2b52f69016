package org.ltc.theming.codebook;

import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The built-in codebook themer keeps the themer contract. */
class CodebookThemerContractTest extends ThemerContract {
    @Override
    protected Themer themer() {
        return new CodebookThemer();
    }

    @Override
    protected boolean sdkBuiltIn() {
        return true;
    }
}
