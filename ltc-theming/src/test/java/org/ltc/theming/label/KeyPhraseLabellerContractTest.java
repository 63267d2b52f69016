package org.ltc.theming.label;

import org.ltc.theming.ThemeLabeller;
import org.ltc.theming.contract.ThemeLabellerContract;

class KeyPhraseLabellerContractTest implements ThemeLabellerContract {
    @Override
    public ThemeLabeller labeller() {
        return new KeyPhraseLabeller();
    }
}
