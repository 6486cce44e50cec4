<?php
// demo sample: the shape of a mass-mailer kit page; it cannot send anything
$list = explode("\n", $_POST['emailList']);
$subject = $_POST['subject'];
$body = base64_decode($_POST['body']);
$from = $_POST['senderEmail'];
foreach ($list as $to) {
    $to = trim($to);
    if ($to === '') continue;
    $ok = mail($to, $subject, $body, "From: $from\r\nContent-Type: text/html");
    echo $ok ? "Sent to $to<br>" : "Failed $to<br>";
}
?>
<form method="post"><textarea name="emailList"></textarea><input name="senderEmail">
<input name="subject"><textarea name="body"></textarea><input type="submit" value="Send"></form>
