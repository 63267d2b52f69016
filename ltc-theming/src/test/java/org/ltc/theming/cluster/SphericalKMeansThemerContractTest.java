package org.ltc.theming.cluster;

import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The built-in k-means themer keeps the themer contract, with k chosen automatically. */
class SphericalKMeansThemerContractTest implements ThemerContract {
    @Override
    public Themer themer() {
        return new SphericalKMeansThemer();
    }

    @Override
    public boolean sdkBuiltIn() {
        return true;
    }
}
