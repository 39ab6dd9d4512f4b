package app.rapport.service;

import app.rapport.io.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/** The letterhead's logo: a PNG or JPEG picture the owner chose, kept as a file in the data folder. */
public final class LetterheadService {
    /** The logo's file, when the owner chose one: a PNG or a JPEG. */
    public static final List<String> LOGO_FILES = List.of("letterhead-logo.png", "letterhead-logo.jpg");
    /** The largest logo file accepted. */
    public static final long MAX_LOGO_BYTES = 5L * 1024 * 1024;
    public static final String LOGO_NOT_AN_IMAGE = "The logo must be a PNG or JPEG picture.";

    private final Path dataFolder;

    public LetterheadService(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** The letterhead's logo file, when the owner chose one. */
    public Optional<Path> logoFile() {
        return LOGO_FILES.stream().map(dataFolder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** Puts a PNG or JPEG picture on the letterhead (a copy is kept in the data folder). */
    public Path setLogo(Path image) {
        try {
            long size = Files.size(image);
            if (size > MAX_LOGO_BYTES) {
                throw new ServiceException("The logo is " + size / (1024 * 1024) + " MB; choose a picture under 5 MB.");
            }
            byte[] bytes = Files.readAllBytes(image);
            String name = isPng(bytes) ? LOGO_FILES.get(0) : isJpeg(bytes) ? LOGO_FILES.get(1) : null;
            if (name == null || ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw new ServiceException(LOGO_NOT_AN_IMAGE);
            }
            Path target = dataFolder.resolve(name);
            AtomicFile.write(target, bytes);
            for (String other : LOGO_FILES) {
                if (!other.equals(name)) {
                    Files.deleteIfExists(dataFolder.resolve(other));
                }
            }
            return target;
        } catch (IOException e) {
            throw new ServiceException("Cannot use " + image.getFileName() + " as the logo: " + e.getMessage(), e);
        }
    }

    /** Takes the logo off the letterhead. */
    public void removeLogo() {
        try {
            for (String name : LOGO_FILES) {
                Files.deleteIfExists(dataFolder.resolve(name));
            }
        } catch (IOException e) {
            throw new ServiceException("Cannot remove the logo: " + e.getMessage(), e);
        }
    }

    /** The logo's bytes, for the letterhead; {@code null} when there is none or it cannot be read. */
    byte[] logo() {
        for (String name : LOGO_FILES) {
            Path file = dataFolder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
    }
}
