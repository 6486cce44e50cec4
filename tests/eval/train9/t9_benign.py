TECHS = []
KIND_CAT = {}
