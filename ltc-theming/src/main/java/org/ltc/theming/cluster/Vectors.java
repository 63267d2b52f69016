package org.ltc.theming.cluster;

import java.util.List;
import org.ltc.model.conversation.Note;
import org.ltc.theming.NoteEmbeddings;
import org.ltc.theming.internal.Dense;
import org.ltc.theming.internal.VectorBlock;
import org.ltc.theming.text.SparseVector;

/** Unit-length note vectors, dense or sparse, as spherical k-means sees them. Not API. */
interface Vectors {
    int size();

    int dimension();

    /** Whether the row has no direction (an empty note). */
    boolean isZero(int row);

    double dot(int row, double[] centre);

    /** {@code acc += weight * row}. */
    void addTo(int row, double[] acc, double weight);

    /**
     * The host's embedding of each note scaled to unit length, in the notes' order; a note the host did not
     * embed gets a zero vector (no direction), so it is left unassigned.
     */
    static float[][] unitHostVectors(List<Note> notes, NoteEmbeddings embeddings) {
        float[][] out = new float[notes.size()][];
        for (int i = 0; i < notes.size(); i++) {
            out[i] = Dense.unitLength(embeddings.vector(notes.get(i).id()).orElse(new float[embeddings.dimension()]));
        }
        return out;
    }

    /** Dense rows, e.g. LSA coordinates or host embeddings. */
    static Vectors dense(float[][] rows) {
        int d = rows.length == 0 ? 0 : rows[0].length;
        boolean[] zero = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            boolean z = true;
            for (float f : rows[i]) {
                if (f != 0) {
                    z = false;
                    break;
                }
            }
            zero[i] = z;
        }
        return new Vectors() {
            @Override
            public int size() {
                return rows.length;
            }

            @Override
            public int dimension() {
                return d;
            }

            @Override
            public boolean isZero(int row) {
                return zero[row];
            }

            @Override
            public double dot(int row, double[] centre) {
                float[] x = rows[row];
                double s = 0;
                for (int j = 0; j < x.length; j++) {
                    s += x[j] * centre[j];
                }
                return s;
            }

            @Override
            public void addTo(int row, double[] acc, double weight) {
                float[] x = rows[row];
                for (int j = 0; j < x.length; j++) {
                    acc[j] += weight * x[j];
                }
            }
        };
    }

    /** Rows of a compact block (the {@code semantic} themer's embeddings, one byte per component). */
    static Vectors block(VectorBlock rows) {
        return new Vectors() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public int dimension() {
                return rows.dimension();
            }

            @Override
            public boolean isZero(int row) {
                return rows.isZero(row);
            }

            @Override
            public double dot(int row, double[] centre) {
                return rows.dot(row, centre);
            }

            @Override
            public void addTo(int row, double[] acc, double weight) {
                rows.addTo(row, acc, weight);
            }
        };
    }

    /** Sparse rows over a vocabulary of {@code dimension} terms. */
    static Vectors sparse(List<SparseVector> rows, int dimension) {
        return new Vectors() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public boolean isZero(int row) {
                return rows.get(row).isEmpty();
            }

            @Override
            public double dot(int row, double[] centre) {
                SparseVector x = rows.get(row);
                double s = 0;
                for (int p = 0; p < x.size(); p++) {
                    s += x.value(p) * centre[x.index(p)];
                }
                return s;
            }

            @Override
            public void addTo(int row, double[] acc, double weight) {
                SparseVector x = rows.get(row);
                for (int p = 0; p < x.size(); p++) {
                    acc[x.index(p)] += weight * x.value(p);
                }
            }
        };
    }
}
