package org.ltc.theming.cluster;

import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The built-in k-means themer keeps the themer contract, with k chosen automatically. */
class SphericalKMeansThemerContractTest extends ThemerContract {
    @Override
    protected Themer themer() {
        return new SphericalKMeansThemer();
    }

    @Override
    protected boolean sdkBuiltIn() {
        return true;
    }
}
