package org.ltc.theming.cluster;

import java.util.Map;

/** The themer contract for kmeans with k given, the other path through the themer. */
class SphericalKMeansThemerWithKContractTest extends SphericalKMeansThemerContractTest {
    @Override
    public Map<String, String> options() {
        return Map.of("ltc.theming.kmeans.k", "4");
    }
}
