package atlas.ui;

import java.util.List;

/** The GIF decoding helpers of {@link AnimatedGifWriterTest}, for the command-line tests of other packages. */
public final class AnimatedGifWriterTestAccess {
    private AnimatedGifWriterTestAccess() {}

    /** Tests whether a GIF's first frame carries the NETSCAPE2.0 extension with loop count 0. */
    public static boolean loopsForever(byte[] gif) throws Exception { return AnimatedGifWriterTest.loopsForever(gif); }

    /** Gets each frame's delay in hundredths of a second. */
    public static List<Integer> delays(byte[] gif) throws Exception { return AnimatedGifWriterTest.frameAttr(gif, "delayTime"); }
}
