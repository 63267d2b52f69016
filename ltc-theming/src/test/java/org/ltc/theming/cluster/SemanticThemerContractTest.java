package org.ltc.theming.cluster;

import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;
import org.ltc.theming.embed.SharedModel;

/** The semantic themer keeps the themer contract, with both levels chosen automatically. */
class SemanticThemerContractTest implements ThemerContract {
    @Override
    public Themer themer() {
        return new SemanticThemer(SemanticOptions.defaults(), SharedModel.MINILM);
    }

    @Override
    public boolean sdkBuiltIn() {
        return true;
    }
}
