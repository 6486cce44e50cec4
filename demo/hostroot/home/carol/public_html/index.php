<?php
/* Carol's blog: lists posts from the posts/ directory. */
$posts = glob(__DIR__ . '/posts/*.md') ?: [];
rsort($posts);
foreach (array_slice($posts, 0, 10) as $p) {
    echo '<h2>' . htmlspecialchars(basename($p, '.md')) . "</h2>\n";
}
