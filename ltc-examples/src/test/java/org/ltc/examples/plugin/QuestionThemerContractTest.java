package org.ltc.examples.plugin;

import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The example plug-in keeps the themer contract, run from the published ltc-theming test jar. */
class QuestionThemerContractTest extends ThemerContract {
    @Override
    protected Themer themer() {
        return new QuestionThemer();
    }
}
