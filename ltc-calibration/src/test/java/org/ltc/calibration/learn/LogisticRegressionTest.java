package org.ltc.calibration.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ltc.calibration.internal.Lbfgs;
import org.ltc.model.InvalidInputException;
import org.ltc.model.InvalidOptionsException;
import org.ltc.model.plugin.Cancellation;

class LogisticRegressionTest {
    static final List<String> STAGES = List.of("s1", "s2", "s3", "s4");

    /** Cases from a known ordinal model: latent = 1.5 x0 - 1.0 x1 + logistic noise, cut at -2, 0, 2. */
    static Data ordinalData(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextGaussian() * 2 + 5;
            x[i][2] = r.nextGaussian();
            double u = r.nextDouble();
            double latent = 1.5 * x[i][0] - 1.0 * (x[i][1] - 5) + Math.log(u / (1 - u));
            y[i] = latent < -2 ? 1 : latent < 0 ? 2 : latent < 2 ? 3 : 4;
        }
        return new Data(x, y);
    }

    record Data(double[][] x, int[] y) {
    }

    private static void checkGradient(Lbfgs.Objective f, double[] at) {
        double[] g = new double[at.length];
        f.evaluate(at, g);
        double h = 1e-6;
        for (int i = 0; i < at.length; i++) {
            double[] plus = at.clone();
            double[] minus = at.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (f.evaluate(plus, new double[at.length]) - f.evaluate(minus, new double[at.length])) / (2 * h);
            assertEquals(numeric, g[i], 1e-6 * Math.max(1, Math.abs(numeric)), "gradient component " + i);
        }
    }

    @Test
    void analyticGradientsMatchFiniteDifferences() {
        Data d = ordinalData(50, 3);
        double[] z = new double[50 * 3];
        int[] y0 = new int[50];
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 3; j++) {
                z[i * 3 + j] = d.x()[i][j] / 3;
            }
            y0[i] = d.y()[i] - 1;
        }
        SplittableRandom r = new SplittableRandom(9);
        double[] multi = r.doubles(4 * 4, -1, 1).toArray();
        checkGradient(new LogisticRegression.Multinomial(z, y0, 50, 3, 4, 0.7), multi);
        double[] ord = {0.3, -0.4, 0.1, -1.0, Math.log(0.8), Math.log(1.3)};
        checkGradient(new LogisticRegression.Ordinal(z, y0, 50, 3, 4, 0.7), ord);
    }

    @Test
    void ordinalFitRecoversTheGeneratingModel() {
        Data d = ordinalData(4000, 1);
        LogisticOptions o = LogisticOptions.builder().model(LogisticOptions.Model.ORDINAL).l2(0).standardise(false).build();
        LogisticModel m = LogisticRegression.fit(d.x(), d.y(), STAGES, List.of("a", "b", "c"), o, Cancellation.never());
        assertTrue(m.converged());
        List<Double> w = m.weights().get(0);
        assertEquals(1.5, w.get(0), 0.15);
        assertEquals(-1.0, w.get(1), 0.1);
        assertEquals(0.0, w.get(2), 0.1);
        // Thresholds shift by the intercept the generator hid in x1's mean: theta = cut - 5.
        assertEquals(-2 - 5, m.intercepts().get(0), 0.5);
        assertEquals(0 - 5, m.intercepts().get(1), 0.5);
        assertEquals(2 - 5, m.intercepts().get(2), 0.5);
    }

    @Test
    void bothModelsPredictWellAndSumToOne() {
        Data train = ordinalData(2000, 2);
        Data test = ordinalData(1000, 4);
        for (LogisticOptions.Model kind : LogisticOptions.Model.values()) {
            LogisticModel m = LogisticRegression.fit(train.x(), train.y(), STAGES, List.of("a", "b", "c"),
                    LogisticOptions.builder().model(kind).build(), Cancellation.never());
            int right = 0;
            for (int i = 0; i < 1000; i++) {
                double[] p = m.probabilities(test.x()[i]);
                assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-9);
                int best = 0;
                for (int c = 1; c < 4; c++) {
                    if (p[c] > p[best]) {
                        best = c;
                    }
                }
                right += best + 1 == test.y()[i] ? 1 : 0;
            }
            // The Bayes rate of this generator is about 0.6; chance is 0.25.
            assertTrue(right / 1000.0 > 0.55, kind + " accuracy " + right / 1000.0);
        }
    }

    @Test
    void fittingIsDeterministicAndTheModelRoundTripsThroughJson() {
        Data d = ordinalData(300, 5);
        for (LogisticOptions.Model kind : LogisticOptions.Model.values()) {
            LogisticOptions o = LogisticOptions.builder().model(kind).l2(0.5).build();
            LogisticModel a = LogisticRegression.fit(d.x(), d.y(), STAGES, List.of("a", "b", "c"), o, Cancellation.never());
            LogisticModel b = LogisticRegression.fit(d.x(), d.y(), STAGES, List.of("a", "b", "c"), o, Cancellation.never());
            assertEquals(a, b);
            String json = a.toJson();
            LogisticModel back = LogisticModel.fromJson(json, "m.json");
            assertEquals(a, back);
            assertEquals(json, back.toJson());
            assertArrayEquals(a.probabilities(d.x()[7]), back.probabilities(d.x()[7]), 0);
        }
    }

    @Test
    void badModelFilesAndOptionsAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LogisticModel.fromJson("{\"format\":\"ltc\",\"version\":1,\"kind\":\"theme-set\",\"data\":{}}", "m.json"));
        assertTrue(e.getMessage().contains("m.json") && e.getMessage().contains("kind"), e.getMessage());
        InvalidOptionsException o = assertThrows(InvalidOptionsException.class,
                () -> LogisticOptions.fromProperties(java.util.Map.of("l2", "-1")));
        assertTrue(o.getMessage().contains("ltc.calibration.logistic.l2"), o.getMessage());
        o = assertThrows(InvalidOptionsException.class, () -> LogisticOptions.fromProperties(java.util.Map.of("lambda", "1")));
        assertTrue(o.getMessage().contains("lambda"), o.getMessage());
        assertEquals(LogisticOptions.Model.ORDINAL,
                LogisticOptions.fromProperties(java.util.Map.of("ltc.calibration.logistic.model", "ordinal")).model());
    }

    @Test
    void aStageMissingFromTrainingKeepsFiniteParameters() {
        Data d = ordinalData(200, 6);
        int[] y = d.y().clone();
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] == 4 ? 3 : y[i];
        }
        for (LogisticOptions.Model kind : LogisticOptions.Model.values()) {
            LogisticModel m = LogisticRegression.fit(d.x(), y, STAGES, List.of("a", "b", "c"),
                    LogisticOptions.builder().model(kind).build(), Cancellation.never());
            assertTrue(m.probabilities(d.x()[0])[3] < 0.05, kind.name());
        }
    }
}
