package org.ltc.theming.topic;

import java.util.Map;
import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The built-in lda themer keeps the themer contract. */
class LdaThemerContractTest implements ThemerContract {
    @Override
    public Themer themer() {
        return new LdaThemer();
    }

    @Override
    public Map<String, String> options() {
        return Map.of("ltc.theming.lda.k", "4", "ltc.theming.lda.iterations", "100");
    }

    @Override
    public boolean sdkBuiltIn() {
        return true;
    }
}
