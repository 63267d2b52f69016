package org.ltc.theming.cluster;

import java.util.Map;
import org.ltc.theming.Themer;
import org.ltc.theming.contract.ThemerContract;

/** The built-in k-means themer keeps the themer contract, with k chosen automatically and given. */
class SphericalKMeansThemerContractTest extends ThemerContract {
    @Override
    protected Themer themer() {
        return new SphericalKMeansThemer();
    }

    @Override
    protected boolean sdkBuiltIn() {
        return true;
    }

    /** The same contract with k given, the other path through the themer. */
    static class WithK extends SphericalKMeansThemerContractTest {
        @Override
        protected Map<String, String> options() {
            return Map.of("ltc.theming.kmeans.k", "4");
        }
    }
}
