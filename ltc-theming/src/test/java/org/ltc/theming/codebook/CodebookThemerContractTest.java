package org.ltc.theming.codebook;

import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The built-in codebook themer keeps the themer contract. */
class CodebookThemerContractTest implements ThemerContract {
    @Override
    public Themer themer() {
        return new CodebookThemer();
    }

    @Override
    public boolean sdkBuiltIn() {
        return true;
    }
}
