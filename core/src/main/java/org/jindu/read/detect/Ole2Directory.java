package org.jindu.read.detect;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names in an OLE2 compound file's directory ({@code WordDocument}, {@code Workbook},
 * {@code EncryptedPackage}, …), read from the bytes without a format library, so that core can tell
 * what an OLE2 file holds before choosing a reader. Only the header, the sector allocation table and
 * the directory stream are read (the layout of [MS-CFB] sections 2.2 to 2.6); every chain is bounded
 * by the file's own size, so a damaged or hostile file ends in an {@link IllegalArgumentException},
 * never a loop.
 */
final class Ole2Directory {
    private static final long SIGNATURE = 0xE11AB1A1E011CFD0L;
    private static final int END_OF_CHAIN = -2;
    private static final int FREE = -1;

    private Ole2Directory() {
    }

    /**
     * The names of all directory entries, in directory order.
     *
     * @throws IllegalArgumentException when the file is not a well-formed compound file
     */
    static Set<String> entryNames(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 512 || b.getLong(0) != SIGNATURE) throw new IllegalArgumentException("no OLE2 header");
        int shift = b.getShort(0x1E) & 0xFFFF;
        if (shift != 9 && shift != 12) throw new IllegalArgumentException("sector size 2^" + shift);
        int size = 1 << shift;
        int sectors = (bytes.length - size) / size + 1;
        int[] fat = readFat(b, bytes.length, size, sectors);
        Set<String> names = new LinkedHashSet<>();
        BitSet seen = new BitSet();
        for (int s = b.getInt(0x30); s != END_OF_CHAIN; s = next(fat, s)) {
            if (s < 0 || s >= sectors || seen.get(s)) throw new IllegalArgumentException("directory chain broken");
            seen.set(s);
            int start = offset(s, size);
            for (int e = start; e + 128 <= start + size && e + 128 <= bytes.length; e += 128) {
                int len = b.getShort(e + 0x40) & 0xFFFF;
                int type = bytes[e + 0x42];
                if (type == 0 || len < 2 || len > 64) continue; // unused entry
                names.add(new String(bytes, e, len - 2, StandardCharsets.UTF_16LE));
            }
        }
        return names;
    }

    /** The sector allocation table, gathered from the header's 109 slots and the DIFAT chain. */
    private static int[] readFat(ByteBuffer b, int length, int size, int sectors) {
        List<Integer> fatSectors = new ArrayList<>();
        for (int i = 0; i < 109; i++) {
            int s = b.getInt(0x4C + 4 * i);
            if (s >= 0) fatSectors.add(s);
        }
        int perSector = size / 4;
        BitSet seen = new BitSet();
        for (int s = b.getInt(0x44); s >= 0; ) {
            if (s >= sectors || seen.get(s) || offset(s, size) + size > length)
                throw new IllegalArgumentException("DIFAT chain broken");
            seen.set(s);
            int o = offset(s, size);
            for (int i = 0; i < perSector - 1; i++) {
                int f = b.getInt(o + 4 * i);
                if (f >= 0) fatSectors.add(f);
            }
            s = b.getInt(o + 4 * (perSector - 1));
        }
        if (fatSectors.size() > sectors) throw new IllegalArgumentException("more FAT sectors than sectors");
        int[] fat = new int[fatSectors.size() * perSector];
        int k = 0;
        for (int s : fatSectors) {
            int o = offset(s, size);
            for (int i = 0; i < perSector; i++, k++)
                fat[k] = o + 4 * i + 4 <= length ? b.getInt(o + 4 * i) : FREE;
        }
        return fat;
    }

    private static int next(int[] fat, int sector) {
        if (sector >= fat.length) throw new IllegalArgumentException("sector outside the allocation table");
        return fat[sector];
    }

    private static int offset(int sector, int size) {
        return (sector + 1) * size;
    }
}
