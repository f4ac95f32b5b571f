package dk.mikrolan.examples.server;

import dk.mikrolan.programme.LetterPort;
import dk.mikrolan.programme.OutboxLetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The letter outbox delivered to a folder: each decision letter as a UTF-8 text file under {@code
 * <folder>/<kommunekode>/}, named by the letter's id (a case id and a version, never a CPR number).
 * A letter handed over again replaces its file with the same text, so delivering twice is harmless.
 * A municipality's mail system (Digital Post, print) picks the files up.
 */
final class FolderOutbox implements LetterPort {

  private final Path folder;

  FolderOutbox(Path folder) {
    this.folder = folder;
  }

  @Override
  public void deliver(OutboxLetter letter) {
    try {
      Path dir = Files.createDirectories(folder.resolve(letter.municipalityCode()));
      String name = letter.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
      Path temporary = dir.resolve(name + ".part");
      Files.writeString(temporary, letter.letter().danishText(), StandardCharsets.UTF_8);
      Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a letter to the outbox folder " + folder, e);
    }
  }
}
