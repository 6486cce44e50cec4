<?php
/* A legitimate contact form: one message to the shop owner, validated input. */
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
    $text = trim((string) filter_input(INPUT_POST, 'message'));
    if ($email && $text !== '') {
        mail('shop@alice.example', 'Contact form', $text, 'Reply-To: ' . $email);
        echo 'Thank you!';
    }
}
