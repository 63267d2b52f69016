package org.ltc.examples.plugin;

import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The example plug-in keeps the themer contract, run from the published ltc-theming test jar. */
class QuestionThemerContractTest implements ThemerContract {
    @Override
    public Themer themer() {
        return new QuestionThemer();
    }
}
