package org.xieshang.opinion.demo;

import java.util.Random;
import org.xieshang.opinion.domain.Who;

/** What every part of the demo load shares: the texts, the flow, the row buffers, the seeded randomness, the staff. */
record DemoContext(DemoTexts texts, DemoFlow flow, DemoRows rows, Random random, Who staff) {}
